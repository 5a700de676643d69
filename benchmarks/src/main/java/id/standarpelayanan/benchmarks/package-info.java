/**
 * JMH benchmarks of reading, checking and writing service standards, each paired with its floor
 * (what Jackson itself costs on the same bytes) in the same run, and a batch run at constant
 * memory. See {@code benchmarks/README.md} for how to run them and the figures of a run.
 */
package id.standarpelayanan.benchmarks;
