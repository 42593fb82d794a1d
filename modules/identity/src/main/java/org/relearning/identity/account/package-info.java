/** Accounts, roles and password hashing. */
package org.relearning.identity.account;
