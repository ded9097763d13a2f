/**
 * Operating Sinergi: metrics for Prometheus (Camunda's engine metrics and Sinergi's workload
 * gauges), the OpenAPI document of the app's REST API, import counters and log lines an operator
 * can search, with personal data (NIK) masked.
 */
package id.sinergi.operations;
