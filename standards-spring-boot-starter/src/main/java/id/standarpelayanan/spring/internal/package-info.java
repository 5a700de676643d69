/**
 * The starter's internals: how a request's language is chosen, how Spring's property paths become
 * JSON Pointers, the bundle of the problem details' texts. Not API: may change in any release.
 */
package id.standarpelayanan.spring.internal;
