// The one-time sign-in link (…/signin#token): the token stays in the fragment (never sent in a URL
// or a Referer), is posted once, and removed from the address bar; then on to the viewer. The words
// come from the page, which the server writes from core's message catalogue.
(async () => {
  const status = document.getElementById('status');
  const say = status.dataset;
  const token = location.hash.slice(1);
  history.replaceState(null, '', '/signin');
  if (!token) {
    status.textContent = say.incomplete;
    return;
  }
  try {
    const res = await fetch('/api/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token }),
      credentials: 'same-origin',
    });
    const body = await res.json();
    if (!res.ok) {
      status.textContent = body.error ? body.error.message : String(res.status);
      return;
    }
    status.textContent = say.done + body.person.name;
    location.replace('/');
  } catch (error) {
    status.textContent = String(error);
  }
})();
