/**
 * A custom rule as an integrator would write it, registered for {@link java.util.ServiceLoader}.
 */
package id.standarpelayanan.rules.example;
