/**
 * The evidence of a course that commissioners fund on: the patient's Friends and Family Test answer
 * (with a comment no report shows), work status at baseline and end, and the referring practice's
 * GP-appointment counts before the referral and after the course. Depends on referral (through its
 * gate), audit and common.
 */
package org.socialprescribing.evidence;
