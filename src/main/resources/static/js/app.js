// Sends the CSRF token with every htmx request, so partial updates pass the same protection as forms.
document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
        event.detail.headers[header.content] = token.content;
    }
});
// Elements with data-confirm ask before their form is submitted.
document.addEventListener('submit', function (event) {
    var message = event.target.getAttribute('data-confirm');
    if (message && !window.confirm(message)) {
        event.preventDefault();
    }
});
// Tree toggles: the first click loads the children through htmx; later clicks fold and unfold them.
document.addEventListener('click', function (event) {
    var toggle = event.target.closest('.tree .toggle');
    if (!toggle || !toggle.dataset.loaded) {
        return;
    }
    var children = toggle.closest('li').querySelector(':scope > .children');
    if (children) {
        children.hidden = !children.hidden;
        toggle.textContent = children.hidden ? '+' : '−';
    }
});
document.addEventListener('htmx:afterSwap', function (event) {
    var toggle = event.detail.requestConfig && event.detail.requestConfig.elt;
    if (toggle && toggle.classList && toggle.classList.contains('toggle')) {
        toggle.dataset.loaded = 'true';
        toggle.textContent = '−';
    }
});
// Suggestions: clicking one fills the input it belongs to.
document.addEventListener('click', function (event) {
    var option = event.target.closest('[data-fill-input]');
    if (!option) {
        return;
    }
    event.preventDefault();
    var input = document.getElementById(option.dataset.fillInput);
    if (input) {
        input.value = option.dataset.fillValue;
        var list = option.closest('.suggestions');
        if (list) {
            list.innerHTML = '';
        }
    }
});
// Search boxes that fill a list of choices inside a form: Enter searches instead of submitting the form.
document.addEventListener('keydown', function (event) {
    var input = event.target;
    if (event.key === 'Enter' && input.matches && input.matches('input[data-chooser]')) {
        event.preventDefault();
        if (window.htmx) {
            window.htmx.trigger(input, 'search');
        }
    }
});

// Buttons with data-check-all="name" tick every checkbox of that name in their form (or untick them
// all when all are ticked): a class register of forty people is marked in one click, then corrected.
document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-check-all]');
    if (!button) {
        return;
    }
    event.preventDefault();
    var boxes = button.form.querySelectorAll('input[type=checkbox][name="' + button.getAttribute('data-check-all') + '"]');
    var all = Array.prototype.every.call(boxes, function (b) { return b.checked; });
    boxes.forEach(function (b) { b.checked = !all; });
});

// Forms with data-progress="ID" start long work (an import). Sent by script, they show the box ID with the
// upload's progress, then ask /progress/{token} twice a second how far the server has got (the request
// carries the random token), and put the answer's <main> in place of the page's. Without script, or in a
// browser without FormData, the form is simply sent and the page waits.
document.addEventListener('submit', function (event) {
    var form = event.target;
    if (event.defaultPrevented || !form.hasAttribute || !form.hasAttribute('data-progress')) {
        return;
    }
    var box = document.getElementById(form.getAttribute('data-progress'));
    var field = form.querySelector('input[name="progress"]');
    if (!box || !field || !window.crypto || !window.FormData || !window.XMLHttpRequest || !window.DOMParser) {
        return;
    }
    event.preventDefault();
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    var token = Array.prototype.map.call(bytes, function (b) { return (b < 16 ? '0' : '') + b.toString(16); }).join('');
    field.value = token;
    var bar = box.querySelector('progress');
    var label = box.querySelector('.work-progress-label');
    var buttons = form.querySelectorAll('button[type="submit"]');
    var timer = null;
    var show = function (text, percent) {
        label.textContent = text;
        if (percent >= 0) {
            bar.value = percent;
        } else {
            bar.removeAttribute('value');
        }
    };
    var stop = function () {
        if (timer) {
            window.clearInterval(timer);
            timer = null;
        }
    };
    var poll = function () {
        var url = form.getAttribute('data-progress-url') + token;
        timer = window.setInterval(function () {
            window.fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
                .then(function (response) { return response.ok ? response.json() : null; })
                .then(function (step) {
                    if (step && timer) {
                        show(step.message, step.percent);
                    }
                })
                .catch(function () { /* the next tick asks again */ });
        }, 500);
    };
    box.hidden = false;
    buttons.forEach(function (b) { b.disabled = true; });
    show(box.getAttribute('data-uploading').replace('{0}', '0'), 0);

    var request = new XMLHttpRequest();
    request.open('POST', form.action);
    request.upload.addEventListener('progress', function (e) {
        if (e.lengthComputable) {
            var percent = Math.floor(e.loaded * 100 / e.total);
            show(box.getAttribute('data-uploading').replace('{0}', String(percent)), percent);
        }
    });
    request.upload.addEventListener('load', function () {
        show(box.getAttribute('data-started'), -1);
        poll();
    });
    request.addEventListener('load', function () {
        stop();
        var answer = new DOMParser().parseFromString(request.responseText, 'text/html');
        var main = answer.querySelector('main');
        var current = document.querySelector('main');
        if (main && current) {
            current.replaceWith(document.adoptNode(main));
            document.title = answer.title || document.title;
            window.scrollTo(0, 0);
        } else {
            show(box.getAttribute('data-failed'), -1);
            buttons.forEach(function (b) { b.disabled = false; });
        }
    });
    request.addEventListener('error', function () {
        stop();
        show(box.getAttribute('data-failed'), -1);
        buttons.forEach(function (b) { b.disabled = false; });
    });
    request.send(new FormData(form));
});

// Lists of choices marked data-keep-checked: a new search replaces the list, and the people ticked before
// stay in it, ticked, so someone found by one name is not lost when the next name is typed.
document.addEventListener('htmx:beforeSwap', function (event) {
    var target = event.detail.target;
    if (target && target.hasAttribute && target.hasAttribute('data-keep-checked')) {
        target._kept = Array.prototype.filter.call(target.querySelectorAll('.choice'), function (choice) {
            var box = choice.querySelector('input[type=checkbox]');
            return box && box.checked;
        });
    }
});
document.addEventListener('htmx:afterSwap', function (event) {
    var target = event.detail.target;
    if (!target || !target._kept) {
        return;
    }
    target._kept.slice().reverse().forEach(function (choice) {
        var box = choice.querySelector('input[type=checkbox]');
        var again = target.querySelector('input[type=checkbox][value="' + box.value + '"]');
        if (again) {
            again.checked = true;
        } else {
            target.insertBefore(choice, target.firstChild);
        }
    });
    delete target._kept;
});
