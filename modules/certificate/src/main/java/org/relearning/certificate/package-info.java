/** Certificates: issued on completion, verified by anyone, revoked by administrators. */
package org.relearning.certificate;
