// The pin drawn for a point (the one on the complaint form, or each complaint on the public list's map): a
// CSS shape (.map-pin), so no image has to be fetched, with its tip on the point.
import L from 'leaflet'

export const mapPin = L.divIcon({ className: 'map-pin', html: '<span></span>', iconSize: [28, 28], iconAnchor: [14, 28], popupAnchor: [0, -26] })
