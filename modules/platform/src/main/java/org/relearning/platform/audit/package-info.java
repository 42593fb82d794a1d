/** The audit log: who did what to which thing, when and why. */
package org.relearning.platform.audit;
