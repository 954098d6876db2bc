/** Delivering treatment on an accepted referral: sessions and attendance, outcome measures. */
package org.socialprescribing.treatment;
