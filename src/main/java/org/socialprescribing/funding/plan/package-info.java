/**
 * A referral's funding plan: eligibility, the split, the budget it commits, prior approval, the
 * sessions it allows, release when the referral finishes. Depends on funding.scheme, funding.money,
 * referral, treatment.session (the allowance it implements) and the directory.
 */
package org.socialprescribing.funding.plan;
