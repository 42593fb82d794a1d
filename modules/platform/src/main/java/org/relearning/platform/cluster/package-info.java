/** Running as one of several nodes: which node does a scheduled job this time. */
package org.relearning.platform.cluster;
