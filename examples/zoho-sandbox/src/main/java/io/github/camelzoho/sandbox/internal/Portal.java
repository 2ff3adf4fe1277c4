package io.github.camelzoho.sandbox.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A ShowTime portal (organization).
 *
 * @param id the orgId (also its zsoid)
 * @param zaid the portal's ZAID, used by the viewer registration path
 * @param portalName display name
 * @param subdomain public subdomain under zohoshowtime.com
 * @param planName plan
 * @param trial whether on trial
 * @param isDefault whether this is the user's active portal
 * @param createdBy creator's user id
 * @param createdTime epoch ms
 */
record Portal(String id, String zaid, String portalName, String subdomain, String planName, boolean trial,
        boolean isDefault, String createdBy, long createdTime) {

    ObjectNode toJson() {
        return new ZohoObject()
                .put("planName", planName)
                .put("isTrial", trial)
                .put("orgLogoUrl", "https://showtime.zoho.com/api/v4/" + id + "/logo")
                .put("url", "https://" + subdomain + ".zohoshowtime.com")
                .put("referrer", 1)
                .put("isDefault", isDefault)
                .put("portalName", portalName)
                .put("currentUserRole", 0)
                .put("createdBy", createdBy)
                .put("createdTime", createdTime)
                .put("id", id)
                .put("isLogoExists", false)
                .put("zsoid", id)
                .put("zaid", zaid)
                .node();
    }
}
