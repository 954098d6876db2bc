/**
 * The spend report: money committed, spent and charged per funder, scheme and therapy, and costs
 * per completed course and per improved patient. Depends on report, report.disclosure, common,
 * funding.scheme's routes and referral's statuses.
 */
package org.socialprescribing.report.spend;
