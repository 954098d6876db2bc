/**
 * The registers that assure practitioners: statutory regulators and voluntary registers accredited
 * by the Professional Standards Authority. Depends on common.
 */
package org.socialprescribing.directory.register;
