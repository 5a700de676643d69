/**
 * Not API: the built-in rules on a catalogue's own parts, one class per rule: provider, decree,
 * pledge, public consultation, unique service ids, succession and dates.
 */
package id.standarpelayanan.rules.internal.catalog;
