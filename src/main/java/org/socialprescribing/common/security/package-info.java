/**
 * Who is calling: roles, the organisation claim each role carries, and the one tenancy rule of who
 * sees which practice's records. Depends on no feature.
 */
package org.socialprescribing.common.security;
