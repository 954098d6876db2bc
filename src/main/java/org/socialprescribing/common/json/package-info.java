/** JSON kept as text in a column and read back. Depends on no feature. */
package org.socialprescribing.common.json;
