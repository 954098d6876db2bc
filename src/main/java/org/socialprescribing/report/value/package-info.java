/**
 * The value report: GP-appointment use before and after, spend, appointment cost avoided at a unit
 * cost the caller gives, patient experience and return to work, per therapy and funding scheme,
 * through the one disclosure control. Depends on report, report.disclosure, report.outcome (the
 * mean change and its interval), the referral, evidence and funding entities it queries, and
 * common.
 */
package org.socialprescribing.report.value;
