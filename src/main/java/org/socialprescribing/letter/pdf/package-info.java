/** The letter rendered as an A4 tagged PDF from its Qute template. Depends on letter. */
package org.socialprescribing.letter.pdf;
