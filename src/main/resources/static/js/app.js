// Send the CSRF token with every htmx request (the page's forms carry it as a hidden field).
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// The person picker (templates/fragments/person-picker.html): an ARIA combobox over the directory.
// The server renders a plain text box named after the form field (it takes an employee id without
// JavaScript). Here the field moves to a hidden input that gets the chosen person's employee id (or,
// until someone is chosen, what was typed, so the server can say nobody has that name); the box
// keeps the person's name and sends what is typed as q to /people/picker through htmx.
(function () {
  function options(list) {
    return Array.prototype.slice.call(list.querySelectorAll('[role="option"]:not([aria-disabled="true"])'));
  }

  function init(picker) {
    if (picker.dataset.pickerReady) {
      return;
    }
    picker.dataset.pickerReady = 'true';
    var input = picker.querySelector('input[role="combobox"]');
    var list = document.getElementById(input.getAttribute('aria-controls'));
    var chosen = picker.querySelector('.person-picker-chosen');
    var hidden = document.createElement('input');
    hidden.type = 'hidden';
    hidden.name = input.name;
    hidden.value = input.value;
    hidden.className = 'person-picker-value';
    picker.appendChild(hidden);
    input.name = 'q';
    if (input.dataset.chosenName) {
      input.value = input.dataset.chosenName;
    }

    function active() {
      var id = input.getAttribute('aria-activedescendant');
      return id ? document.getElementById(id) : null;
    }

    function open() {
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
    }

    function close() {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
    }

    function highlight(option) {
      options(list).forEach(function (o) {
        o.setAttribute('aria-selected', String(o === option));
        o.classList.toggle('active', o === option);
      });
      if (option) {
        input.setAttribute('aria-activedescendant', option.id);
        option.scrollIntoView({ block: 'nearest' });
      }
      else {
        input.removeAttribute('aria-activedescendant');
      }
    }

    function choose(option) {
      hidden.value = option.dataset.employeeId;
      input.value = option.dataset.name;
      chosen.textContent = picker.dataset.chosenPrefix + ' ' + option.dataset.label;
      close();
      // forms that show something about the chosen person (the tour proposal's profile panel) listen for this
      hidden.dispatchEvent(new Event('change', { bubbles: true }));
    }

    function move(step) {
      var all = options(list);
      if (all.length === 0) {
        return;
      }
      if (list.hidden) {
        open();
      }
      var index = all.indexOf(active());
      var next = (index < 0) ? (step > 0 ? 0 : all.length - 1) : (index + step + all.length) % all.length;
      highlight(all[next]);
    }

    input.addEventListener('input', function () {
      hidden.value = input.value;
      chosen.textContent = '';
      if (input.value.trim() === '') {
        close();
      }
    });

    input.addEventListener('keydown', function (event) {
      if (event.key === 'ArrowDown') {
        event.preventDefault();
        move(1);
      }
      else if (event.key === 'ArrowUp') {
        event.preventDefault();
        move(-1);
      }
      else if (event.key === 'Enter' && !list.hidden && active()) {
        event.preventDefault();
        choose(active());
      }
      else if (event.key === 'Escape' && !list.hidden) {
        event.preventDefault();
        close();
      }
      else if (event.key === 'Tab') {
        close();
      }
    });

    input.addEventListener('blur', close);

    // a click chooses; pressing the mouse must not take the focus away from the box first
    list.addEventListener('mousedown', function (event) {
      event.preventDefault();
    });
    list.addEventListener('click', function (event) {
      var option = event.target.closest('[role="option"]');
      if (option && option.getAttribute('aria-disabled') !== 'true') {
        choose(option);
        input.focus();
      }
    });

    list.addEventListener('htmx:afterSwap', function () {
      highlight(null);
      if (list.children.length > 0 && document.activeElement === input && input.value.trim() !== '') {
        open();
      }
      else {
        close();
      }
    });
  }

  htmx.onLoad(function (root) {
    if (root.matches && root.matches('[data-person-picker]')) {
      init(root);
    }
    root.querySelectorAll('[data-person-picker]').forEach(init);
  });
})();

// Behaviours that used to be inline scripts (the Content-Security-Policy allows scripts from this
// origin only): forms that ask before a destructive post and the API token's copy button (the
// sign-in page has its own, static/js/login.js).
(function () {
  document.querySelectorAll('form.confirm-submit').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      if (!window.confirm(form.dataset.confirm)) {
        event.preventDefault();
      }
    });
  });
  var copy = document.getElementById('copy-token');
  if (copy) {
    copy.addEventListener('click', function () {
      var secret = document.getElementById('token-secret');
      secret.select();
      (navigator.clipboard ? navigator.clipboard.writeText(secret.value) : Promise.resolve(document.execCommand('copy')))
        .then(function () { copy.textContent = copy.dataset.copied; });
    });
  }
})();
