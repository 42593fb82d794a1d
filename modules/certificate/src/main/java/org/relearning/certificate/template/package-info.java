/**
 * Certificate templates: each library's design (page, pictures, signatures, wording and where each
 * field goes), kept as immutable versions so an issued certificate keeps the look it was issued
 * with.
 */
package org.relearning.certificate.template;
