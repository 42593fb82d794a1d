/** The audit log as administrators read it: only what the caller administers. */
package org.relearning.identity.audit;
