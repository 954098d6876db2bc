/**
 * Payment routes: funders, schemes with their budgets, the split of each session's fee, a
 * referral's funding plan, the charge lines, and each funder's statement.
 */
package org.socialprescribing.funding;
