/** The letter resource: JSON and PDF. Depends on letter, letter.pdf and common. */
package org.socialprescribing.letter.rest;
