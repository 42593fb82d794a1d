/** The certificate as an A4 PDF that gets Thai script right. */
package org.relearning.certificate.pdf;
