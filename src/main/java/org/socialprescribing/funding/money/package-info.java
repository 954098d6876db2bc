/**
 * The arithmetic of who pays what, in integer pence and basis points, and its validation. Depends
 * on common.error only.
 */
package org.socialprescribing.funding.money;
