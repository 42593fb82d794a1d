/** The datasource, its configuration from the environment, and every module's schema migrations. */
package org.relearning.platform.db;
