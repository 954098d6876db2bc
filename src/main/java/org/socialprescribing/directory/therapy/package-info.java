/** The therapy catalogue: evidence, NICE guidance, assuring registers. Depends on common. */
package org.socialprescribing.directory.therapy;
