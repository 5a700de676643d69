/**
 * Small programs an integrator copies: build and check a standard, read and write JSON and XML,
 * derive a profile with a custom rule, stream a large file, check a file and write its SARIF report
 * in one call, and lay a standard out as the published table. Each has a {@code main} and runs in
 * the test suite, so none rots.
 */
package id.standarpelayanan.examples;
