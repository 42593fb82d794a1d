/*
 * Every page: an Ajax request that fails for want of a connection (a phone losing its signal)
 * leaves the person on the page with what they typed, and says so, instead of going to the error
 * page. Errors the server answered with still go there.
 */
(function () {
  'use strict';

  function notice(shown) {
    var box = document.getElementById('connection-lost');
    if (box) {
      box.hidden = !shown;
    }
  }

  var pf = window.PrimeFaces;
  if (pf && pf.ajax && pf.ajax.Utils && typeof pf.ajax.Utils.handleError === 'function'
      && !pf.ajax.Utils.handleError.keepsThePage) {
    var handleError = pf.ajax.Utils.handleError;
    var keepThePage = function (errorName) {
      if (!errorName) {
        notice(true);
        return undefined;
      }
      return handleError.apply(this, arguments);
    };
    keepThePage.keepsThePage = true;
    pf.ajax.Utils.handleError = keepThePage;
  }

  var facesAjax = (window.faces && window.faces.ajax) || (window.jsf && window.jsf.ajax);
  if (facesAjax && typeof facesAjax.addOnError === 'function') {
    facesAjax.addOnError(function (data) {
      if (data && data.status === 'httpError' && !data.responseCode) {
        notice(true);
      }
    });
  }
  if (facesAjax && typeof facesAjax.addOnEvent === 'function') {
    facesAjax.addOnEvent(function (data) {
      if (data && data.status === 'success') {
        notice(false);
      }
    });
  }
  if (window.jQuery) {
    window.jQuery(document).on('pfAjaxSuccess', function () {
      notice(false);
    });
  }
}());
