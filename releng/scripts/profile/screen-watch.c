/*
 * Watches an X screen while the workbench starts, for releng/scripts/benchmark-startup.sh: one small process
 * that asks the X server for the window list and the screen's pixels every 100 ms, instead of a new xdotool and
 * ImageMagick process per look (ImageMagick's import and convert took ~0.5 s and more than one core per
 * screenshot: on a 2-core machine the watching slowed what it watched).
 *
 *   screen-watch T0 NAME NOTE [TIMEOUT] [SERIES] [LAST]
 *
 * T0 is the start's moment (seconds since the epoch, as `date +%s.%N` prints it); NAME a part of the window's
 * title (the window counts when it is viewable); NOTE the part of the title that says the note is open. Prints
 * "window note drawn" in seconds since T0, "-" for what did not happen within TIMEOUT seconds (default 90):
 *   window  the first viewable top-level window whose title contains NAME
 *   note    the first moment its title contains NOTE
 *   drawn   the moment from which the share of dark pixels on the screen stays within 1 % of its final value;
 *           the watch ends when, with the note open, that share has not moved by more than 0.2 % for 8 s
 * SERIES, when given, gets one line "seconds share" per look; LAST the final screen as a PPM image.
 * Build: cc -O2 -o screen-watch screen-watch.c -lXext -lX11
 */
#include <X11/Xatom.h>
#include <X11/Xlib.h>
#include <X11/Xutil.h>
#include <X11/extensions/XShm.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ipc.h>
#include <sys/shm.h>
#include <time.h>

enum { MAX_LOOKS = 4096 };

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* the window's title: _NET_WM_NAME (UTF-8, what GTK sets), else WM_NAME; the caller frees it */
static char *title(Display *d, Window w, Atom netWmName, Atom utf8) {
    Atom type;
    int format;
    unsigned long count, after;
    unsigned char *value = NULL;
    if (XGetWindowProperty(d, w, netWmName, 0, 1024, False, utf8, &type, &format, &count, &after, &value) == Success
            && value != NULL && count > 0) {
        return (char *) value;
    }
    if (value != NULL) XFree(value);
    char *name = NULL;
    if (XFetchName(d, w, &name) && name != NULL) return name;
    return NULL;
}

/* the first viewable top-level window whose title contains `name`; its title in *found (to be freed) */
static Window find(Display *d, Window root, const char *name, char **found, Atom netWmName, Atom utf8) {
    Window rootReturn, parent, *children = NULL, match = None;
    unsigned int n = 0;
    *found = NULL;
    if (!XQueryTree(d, root, &rootReturn, &parent, &children, &n)) return None;
    for (unsigned int i = n; i-- > 0 && match == None;) { /* top of the stacking order first */
        XWindowAttributes a;
        if (!XGetWindowAttributes(d, children[i], &a) || a.map_state != IsViewable) continue;
        char *t = title(d, children[i], netWmName, utf8);
        if (t != NULL && strstr(t, name) != NULL) {
            match = children[i];
            *found = t;
        } else if (t != NULL) {
            XFree(t);
        }
    }
    if (children != NULL) XFree(children);
    return match;
}

/* the screen's pixels: through shared memory (MIT-SHM) when the server offers it, the cheap way for both */
typedef struct {
    Display *display;
    Window root;
    int width, height;
    XImage *image;   /* the last look */
    XShmSegmentInfo shm;
    int shared;
} Capture;

static void openCapture(Capture *s, Display *d) {
    s->display = d;
    s->root = DefaultRootWindow(d);
    s->width = DisplayWidth(d, DefaultScreen(d));
    s->height = DisplayHeight(d, DefaultScreen(d));
    s->image = NULL;
    s->shared = 0;
    if (!XShmQueryExtension(d)) return;
    int screen = DefaultScreen(d);
    XImage *img = XShmCreateImage(d, DefaultVisual(d, screen), (unsigned) DefaultDepth(d, screen), ZPixmap, NULL,
            &s->shm, (unsigned) s->width, (unsigned) s->height);
    if (img == NULL) return;
    s->shm.shmid = shmget(IPC_PRIVATE, (size_t) img->bytes_per_line * img->height, IPC_CREAT | 0600);
    if (s->shm.shmid < 0) { XDestroyImage(img); return; }
    s->shm.shmaddr = img->data = shmat(s->shm.shmid, NULL, 0);
    s->shm.readOnly = False;
    shmctl(s->shm.shmid, IPC_RMID, NULL); /* gone once both sides have let go */
    if (s->shm.shmaddr == (char *) -1 || !XShmAttach(d, &s->shm)) { XDestroyImage(img); return; }
    s->image = img;
    s->shared = 1;
}

/* the share of pixels darker than 60 % grey (Rec. 709 luma of the encoded values), every second pixel of
   every second row */
static double ink(Capture *s) {
    if (s->shared) {
        if (!XShmGetImage(s->display, s->root, s->image, 0, 0, AllPlanes)) return 0;
    } else {
        XImage *img = XGetImage(s->display, s->root, 0, 0, (unsigned) s->width, (unsigned) s->height, AllPlanes, ZPixmap);
        if (img == NULL) return 0;
        if (s->image != NULL) XDestroyImage(s->image);
        s->image = img;
    }
    XImage *img = s->image;
    long dark = 0, all = 0;
    int direct = img->bits_per_pixel == 32 && img->byte_order == LSBFirst; /* 32-bit words, as Xvfb gives them on x86 */
    for (int y = 0; y < img->height; y += 2) {
        const unsigned int *row = (const unsigned int *) (img->data + (long) y * img->bytes_per_line);
        for (int x = 0; x < img->width; x += 2) {
            unsigned long p = direct ? row[x] : XGetPixel(img, x, y);
            /* 0.2126 R + 0.7152 G + 0.0722 B < 0.6 * 255, in integers */
            if (2126 * ((p >> 16) & 0xff) + 7152 * ((p >> 8) & 0xff) + 722 * (p & 0xff) < 6 * 255 * 1000) dark++;
            all++;
        }
    }
    return all == 0 ? 0 : (double) dark / all;
}

static void writePpm(const char *path, XImage *img) {
    FILE *f = fopen(path, "wb");
    if (f == NULL) return;
    fprintf(f, "P6\n%d %d\n255\n", img->width, img->height);
    for (int y = 0; y < img->height; y++) {
        for (int x = 0; x < img->width; x++) {
            unsigned long p = XGetPixel(img, x, y);
            unsigned char rgb[3] = { (p >> 16) & 0xff, (p >> 8) & 0xff, p & 0xff };
            fwrite(rgb, 1, 3, f);
        }
    }
    fclose(f);
}

/* a window can go between the list and the look at it (BadWindow): not fatal, as Xlib's default handler has it */
static int ignore(Display *d, XErrorEvent *e) {
    (void) d;
    (void) e;
    return 0;
}

static void print(double t) {
    if (t < 0) printf("-"); else printf("%.1f", t);
}

int main(int argc, char **argv) {
    if (argc < 4) {
        fprintf(stderr, "usage: screen-watch T0 NAME NOTE [TIMEOUT] [SERIES] [LAST]\n");
        return 2;
    }
    double t0 = atof(argv[1]), timeout = argc > 4 ? atof(argv[4]) : 90;
    const char *name = argv[2], *note = argv[3];
    FILE *series = argc > 5 ? fopen(argv[5], "w") : NULL;
    Display *d = XOpenDisplay(NULL);
    if (d == NULL) {
        fprintf(stderr, "screen-watch: cannot open the display (DISPLAY=%s)\n", getenv("DISPLAY") ? getenv("DISPLAY") : "");
        return 2;
    }
    XSetErrorHandler(ignore);
    Window root = DefaultRootWindow(d);
    Capture screen;
    openCapture(&screen, d);
    Atom netWmName = XInternAtom(d, "_NET_WM_NAME", False), utf8 = XInternAtom(d, "UTF8_STRING", False);
    static double times[MAX_LOOKS], shares[MAX_LOOKS];
    int looks = 0;
    double window = -1, noteShown = -1;
    const struct timespec pause = { 0, 100 * 1000 * 1000 };
    for (;;) {
        double t = now() - t0;
        if (t > timeout || looks == MAX_LOOKS) break;
        char *found = NULL;
        if (find(d, root, name, &found, netWmName, utf8) != None) {
            if (window < 0) window = t;
            if (noteShown < 0 && strstr(found, note) != NULL) noteShown = t;
            XFree(found);
        }
        if (window >= 0) {
            double share = ink(&screen);
            times[looks] = t;
            shares[looks++] = share;
            if (series != NULL) fprintf(series, "%.2f %.5f\n", t, share);
            /* done: the note open and the screen unchanged (beyond a blinking caret) for 8 s */
            if (noteShown >= 0 && t - noteShown >= 8) {
                int still = 1;
                for (int i = looks - 1; i >= 0 && t - times[i] <= 8; i--) {
                    if (fabs(shares[i] - share) > 0.002 * share) still = 0;
                }
                if (still) break;
            }
        }
        nanosleep(&pause, NULL);
    }
    double drawn = -1;
    if (looks > 0) {
        double final = shares[looks - 1];
        for (int i = 0; i < looks; i++) {
            if (final > 0 && fabs(shares[i] - final) <= 0.01 * final) {
                if (drawn < 0) drawn = times[i];
            } else {
                drawn = -1;
            }
        }
    }
    if (series != NULL) fclose(series);
    if (argc > 6 && looks > 0) writePpm(argv[6], screen.image);
    if (screen.shared) XShmDetach(d, &screen.shm);
    print(window); printf(" "); print(noteShown); printf(" "); print(drawn); printf("\n");
    XCloseDisplay(d);
    return 0;
}
