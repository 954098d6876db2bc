/**
 * A referral from a GP practice to a practitioner and its lifecycle. Other features reach a
 * referral only through referral.service's gate, facts and transitions.
 */
package org.socialprescribing.referral;
