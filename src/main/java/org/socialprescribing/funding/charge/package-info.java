/**
 * Charge lines per payer for each funded session, following attendance, and the patient's payments.
 * Depends on funding.plan, funding.scheme, referral and treatment.session.
 */
package org.socialprescribing.funding.charge;
