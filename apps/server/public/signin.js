// The one-time sign-in link (…/signin#token): the token stays in the fragment (never sent in a URL
// or a Referer), is posted once, and removed from the address bar. Then on to the viewer.
(async () => {
  const status = document.getElementById('status');
  const token = location.hash.slice(1);
  history.replaceState(null, '', '/signin');
  if (!token) {
    status.textContent = '链接不完整：请使用办公室发来的完整登录链接';
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
      status.textContent = body.error ? body.error.message : `登录失败（${res.status}）`;
      return;
    }
    status.textContent = `已登录：${body.person.name}`;
    location.replace('/');
  } catch (error) {
    status.textContent = `登录失败：${error}`;
  }
})();
