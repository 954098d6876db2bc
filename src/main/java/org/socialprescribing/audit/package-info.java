/**
 * The audit trail: every read and write of patient data, appended in the transaction that does it
 * and never changed. Depends only on common.
 */
package org.socialprescribing.audit;
