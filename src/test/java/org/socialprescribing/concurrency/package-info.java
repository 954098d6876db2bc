/**
 * Specifications of the API under concurrent use: for each write operation, {@link
 * org.socialprescribing.testing.Parallel#CALLS} calls at the same moment, with the exact number
 * that succeed, the documented status every other one gets, and the final state. They run on H2 and
 * on PostgreSQL like every other in-process test.
 */
package org.socialprescribing.concurrency;
