/** GP practices, with their primary care network and ICB. Depends on common. */
package org.socialprescribing.directory.practice;
