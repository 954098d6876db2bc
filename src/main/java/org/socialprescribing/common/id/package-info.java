/** The ids new records are stored under: time-ordered, so rows written together sit together. */
package org.socialprescribing.common.id;
