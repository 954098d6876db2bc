/**
 * The outcome report: mean baseline-to-end changes with their confidence intervals and the share
 * meaningfully improved, per therapy, measure and score. Depends on report, report.disclosure,
 * common and treatment.outcome's measures.
 */
package org.socialprescribing.report.outcome;
