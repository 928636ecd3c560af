package org.dayone.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * One place renders every error: JSON under {@code /api}, a fragment for htmx, a page otherwise. Messages say what is
 * wrong and what to do; internals (stack traces, SQL) never reach the user.
 */
@ControllerAdvice
class ErrorHandling {

	private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

	@ExceptionHandler(NotFoundException.class)
	Object notFound(NotFoundException e, HttpServletRequest request, HttpServletResponse response) {
		return render(request, HttpStatus.NOT_FOUND, e.getMessage(), null);
	}

	@ExceptionHandler(NoResourceFoundException.class)
	Object noResource(HttpServletRequest request) {
		return render(request, HttpStatus.NOT_FOUND, "There is no page at " + request.getRequestURI() + ".", null);
	}

	@ExceptionHandler(InvalidInputException.class)
	Object invalid(InvalidInputException e, HttpServletRequest request) {
		return render(request, HttpStatus.BAD_REQUEST, e.getMessage(), e.field());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	Object typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
		String message = "'" + e.getValue() + "' is not a valid " + e.getName() + ".";
		return render(request, HttpStatus.BAD_REQUEST, message, e.getName());
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	Object missingParameter(MissingServletRequestParameterException e, HttpServletRequest request) {
		return render(request, HttpStatus.BAD_REQUEST, "The request needs the parameter '" + e.getParameterName() + "'.",
				e.getParameterName());
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	Object tooLarge(HttpServletRequest request) {
		return render(request, HttpStatus.PAYLOAD_TOO_LARGE, "The upload is larger than the limit of 5 MB.", "file");
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	Object unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
		return render(request, HttpStatus.BAD_REQUEST,
				"The request body is not valid JSON for this call. Check it against the API documentation at /api/docs.",
				"body");
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	Object wrongMethod(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
		return render(request, HttpStatus.METHOD_NOT_ALLOWED,
				request.getMethod() + " is not supported here.", null);
	}

	@ExceptionHandler({ ForbiddenException.class, AccessDeniedException.class })
	Object forbidden(RuntimeException e, HttpServletRequest request) {
		String message = e instanceof ForbiddenException ? e.getMessage() : "You may not do this.";
		return render(request, HttpStatus.FORBIDDEN, message, null);
	}

	private static Object render(HttpServletRequest request, HttpStatus status, String message, String field) {
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			return ResponseEntity.status(status).body(new ApiError(status.value(), status.getReasonPhrase(), message, field));
		}
		ErrorPage page = new ErrorPage(status.value(), status.getReasonPhrase(), message);
		String view = Htmx.isHtmx(request) ? "web/errorFragment" : "web/error";
		ModelAndView mav = new ModelAndView(view, Map.of("page", page, "ctx", anonymousContext(request)));
		mav.setStatus(status);
		return mav;
	}

	/** Error pages skip the model advice, so they get a context with the token but without the viewer. */
	static PageContext anonymousContext(HttpServletRequest request) {
		CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		return new PageContext(null, null, false, token == null ? "_csrf" : token.getParameterName(),
				token == null ? "X-CSRF-TOKEN" : token.getHeaderName(), token == null ? "" : token.getToken(),
				request.getRequestURI());
	}

	@ExceptionHandler(Exception.class)
	Object unexpected(Exception e, HttpServletRequest request) throws Exception {
		if (e instanceof org.springframework.web.ErrorResponse) {
			throw e;
		}
		log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
		return render(request, HttpStatus.INTERNAL_SERVER_ERROR,
				"Something went wrong on our side. Nothing you saved was lost; try again, and tell an administrator if it happens again.",
				null);
	}
}
