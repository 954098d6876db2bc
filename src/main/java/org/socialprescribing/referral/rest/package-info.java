/**
 * The referral resource: thin, it reads parameters and calls one service method. Depends on
 * referral.api, referral.service and common.
 */
package org.socialprescribing.referral.rest;
