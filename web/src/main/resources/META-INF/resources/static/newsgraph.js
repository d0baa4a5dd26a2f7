// Small conveniences on top of pages that work without them.
document.addEventListener('DOMContentLoaded', () => {
  // An article whose actors are still being identified reloads until they are.
  const pending = document.querySelector('[data-reload-after]');
  if (pending) {
    setTimeout(() => location.reload(), Number(pending.dataset.reloadAfter));
  }

  // A form that takes a while says so, and is not sent twice.
  document.querySelectorAll('form[data-progress]').forEach((form) => {
    form.addEventListener('submit', () => {
      const button = form.querySelector('button[type=submit]');
      const status = form.querySelector('.progress');
      if (button) button.disabled = true;
      if (status) status.textContent = form.dataset.progress;
    });
  });

  // The network: the evidence of a tie, read out when its actor is pointed at or focused.
  const caption = document.getElementById('evidence');
  if (caption) {
    const initial = caption.textContent;
    document.querySelectorAll('#network .node').forEach((node) => {
      const show = () => {
        const name = node.querySelector('text').textContent;
        caption.textContent = node.dataset.evidence ? name + ': “' + node.dataset.evidence + '”' : name;
      };
      node.addEventListener('mouseenter', show);
      node.addEventListener('focus', show);
      node.addEventListener('mouseleave', () => { caption.textContent = initial; });
    });
  }
});
