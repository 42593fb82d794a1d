/** Sending e-mail through the SMTP server an operator configures; off when none is. */
package org.relearning.platform.mail;
