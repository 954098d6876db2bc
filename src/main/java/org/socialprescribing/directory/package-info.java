/**
 * The directory GPs choose from: the therapy catalogue, GP practices and practitioners with their
 * registrations. Depends on common only, never on referrals.
 */
package org.socialprescribing.directory;
