/**
 * Bean Validation constraints of the model that the Jakarta set lacks. Messages live in {@code
 * id/standarpelayanan/model/ValidationMessages}.
 */
package id.standarpelayanan.model.constraints;
