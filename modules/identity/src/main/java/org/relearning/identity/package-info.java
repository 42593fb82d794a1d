/** Libraries (the tenants), accounts, roles and sign-in. */
package org.relearning.identity;
