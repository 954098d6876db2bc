/**
 * The activity report: referrals' milestones, sessions and response times, grouped by up to three
 * dimensions. Depends on report, report.disclosure, common and referral's statuses.
 */
package org.socialprescribing.report.activity;
