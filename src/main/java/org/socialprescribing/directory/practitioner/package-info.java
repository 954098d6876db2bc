/**
 * Practitioners, their registrations and derived regulation status, and the registers that assure
 * them. Depends on directory.therapy, directory.register and common; response figures come in
 * through an interface the referral feature implements.
 */
package org.socialprescribing.directory.practitioner;
