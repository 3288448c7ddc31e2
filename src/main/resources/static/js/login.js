// A click on a demo account fills in its user name, so a visitor only types the password.
// (A file rather than an inline script: the Content-Security-Policy allows scripts from this origin only.)
document.querySelectorAll('.demo-user').forEach(function (button) {
  button.addEventListener('click', function () {
    document.getElementById('username').value = button.dataset.username;
    document.getElementById('password').focus();
  });
});
