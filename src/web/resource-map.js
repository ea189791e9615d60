// The map page (/resources/map): turns the listings in #resource-map-data
// into Leaflet markers. The list below the map is the page's content; without
// this script, Leaflet or tiles it is all there is, so nothing here is needed
// to read it. Data is only ever put into the page as text, never as HTML.
(function () {
  'use strict';

  var block = document.getElementById('resource-map-block');
  var container = document.getElementById('resource-map');
  var source = document.getElementById('resource-map-data');
  if (!block || !container || !source || typeof window.L === 'undefined') return;
  var L = window.L;
  var settings = container.dataset;
  var listings = JSON.parse(source.textContent || '[]');
  if (!listings.length) return;

  /** A paragraph of plain text, or nothing for empty text. */
  function appendLine(parent, text, className) {
    if (!text) return;
    var line = document.createElement('p');
    line.className = className;
    line.textContent = text;
    parent.appendChild(line);
  }

  /** The popup of one listing: its name as a link, then notice, times and place. */
  function popupContent(listing) {
    var root = document.createElement('div');
    root.className = 'resource-map-popup';
    var title = document.createElement('p');
    title.className = 'resource-map-popup__name';
    var link = document.createElement('a');
    link.href = /^\/resources\/[0-9a-f-]+$/.test(listing.href) ? listing.href : '/resources';
    link.textContent = listing.name;
    title.appendChild(link);
    root.appendChild(title);
    appendLine(root, listing.notice, 'resource-map-popup__notice');
    appendLine(root, listing.when, 'resource-map-popup__when');
    appendLine(root, listing.place, 'resource-map-popup__place');
    return root;
  }

  /** Leaflet takes attribution as HTML: build it as elements and let the browser escape it. */
  function attributionHtml(text, url) {
    var element = document.createElement(url && /^https?:\/\//.test(url) ? 'a' : 'span');
    element.textContent = text || '';
    if (element.tagName === 'A') {
      element.href = url;
      element.rel = 'noopener noreferrer';
    }
    return element.outerHTML;
  }

  /** Says once, below the map, that the map pictures did not load; the markers and list still work. */
  function reportMissingTiles() {
    if (document.getElementById('resource-map-tiles-failed')) return;
    var note = document.createElement('p');
    note.id = 'resource-map-tiles-failed';
    note.className = 'notice';
    note.setAttribute('role', 'status');
    note.textContent = settings.labelTilesFailed || '';
    container.insertAdjacentElement('afterend', note);
  }

  // Visible before Leaflet starts: it measures the container.
  block.hidden = false;

  var map = L.map(container, {
    zoomControl: false,
    center: [Number(settings.centerLat), Number(settings.centerLng)],
    zoom: 13,
  });
  L.control.zoom({ zoomInTitle: settings.labelZoomIn, zoomOutTitle: settings.labelZoomOut }).addTo(map);
  L.tileLayer(settings.tileUrl, {
    maxZoom: 18,
    attribution: attributionHtml(settings.attribution, settings.attributionUrl),
    // The site sends no Referer; tile servers may ask for the origin.
    referrerPolicy: 'strict-origin-when-cross-origin',
  })
    .on('tileerror', reportMissingTiles)
    .addTo(map);

  /** A cluster's icon: its count, and in words how many listings it holds (its name for screen readers). */
  function clusterIcon(cluster) {
    var count = cluster.getChildCount();
    var icon = document.createElement('span');
    icon.className = 'resource-map-cluster__count';
    icon.textContent = String(count);
    var words = document.createElement('span');
    words.className = 'visually-hidden';
    words.textContent = (settings.labelCluster || '{count}').replace('{count}', String(count));
    return L.divIcon({
      html: icon.outerHTML + words.outerHTML,
      className: 'resource-map-cluster' + (count >= 100 ? ' resource-map-cluster--large' : ''),
      iconSize: L.point(44, 44),
    });
  }

  // From CLUSTER_FROM listings on, markers that would overlap are drawn as one
  // numbered circle; clicking it (or Enter) zooms in until they come apart.
  // Fewer markers stay single, each one click from its popup.
  var CLUSTER_FROM = 100;
  var layer =
    typeof L.markerClusterGroup === 'function' && listings.length >= CLUSTER_FROM
      ? L.markerClusterGroup({ maxClusterRadius: 48, showCoverageOnHover: false, spiderfyOnMaxZoom: true, iconCreateFunction: clusterIcon })
      : L.layerGroup();
  var points = listings.map(function (listing) {
    var point = [listing.lat, listing.lng];
    L.marker(point, { title: listing.name, alt: listing.name, riseOnHover: true })
      .bindPopup(popupContent(listing), { maxWidth: 320 })
      .addTo(layer);
    return point;
  });
  layer.addTo(map);
  map.fitBounds(points, { padding: [32, 32], maxZoom: 16 });

  // Keyboard users land in the popup they opened, Escape closes it (Leaflet
  // only listens while the map itself has focus), and focus goes back to the marker.
  var openedFrom = null;
  var isPopupOpen = false;
  container.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && isPopupOpen) map.closePopup();
  });
  map.on('popupopen', function (event) {
    isPopupOpen = true;
    var element = event.popup.getElement();
    var close = element.querySelector('.leaflet-popup-close-button');
    if (close && settings.labelClose) {
      close.setAttribute('aria-label', settings.labelClose);
      close.setAttribute('title', settings.labelClose);
    }
    var active = document.activeElement;
    openedFrom = active && active.classList.contains('leaflet-marker-icon') ? active : null;
    var link = element.querySelector('.resource-map-popup__name a');
    if (link && openedFrom) link.focus({ preventScroll: true });
  });
  map.on('popupclose', function (event) {
    isPopupOpen = false;
    var element = event.popup.getElement();
    var active = document.activeElement;
    var focusWasInPopup = !active || active === document.body || (element && element.contains(active));
    if (openedFrom && focusWasInPopup) openedFrom.focus({ preventScroll: true });
    openedFrom = null;
  });
})();
